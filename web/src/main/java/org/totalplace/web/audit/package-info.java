package org.totalplace.web.audit;
