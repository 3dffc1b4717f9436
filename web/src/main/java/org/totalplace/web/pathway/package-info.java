/** Pages for pathways: starting one, the shared plan, and the models as diagrams. */
package org.totalplace.web.pathway;
