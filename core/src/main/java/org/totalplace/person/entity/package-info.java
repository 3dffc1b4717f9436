/** A person's record and what it takes to create one. */
package org.totalplace.person.entity;
