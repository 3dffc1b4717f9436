/** The pages where analysts and agency admins keep unit costs and deflators. */
package org.totalplace.web.counting;
