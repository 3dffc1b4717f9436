package org.totalplace.sharing.entity;
