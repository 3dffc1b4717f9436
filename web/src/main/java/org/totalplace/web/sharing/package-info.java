package org.totalplace.web.sharing;
