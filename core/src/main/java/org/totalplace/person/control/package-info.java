package org.totalplace.person.control;
