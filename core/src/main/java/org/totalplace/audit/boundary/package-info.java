package org.totalplace.audit.boundary;
