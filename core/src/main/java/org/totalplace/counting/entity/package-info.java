/** Unit costs, GDP deflators, financial years and the place's price basis. */
package org.totalplace.counting.entity;
