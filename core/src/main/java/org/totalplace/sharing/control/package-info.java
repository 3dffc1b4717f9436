package org.totalplace.sharing.control;
