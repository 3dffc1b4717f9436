package org.totalplace.sharing.boundary;
