/** The use cases of the stored demand: reading demands (the only caller of the {@code Demands} port besides intake). */
package org.demandflow.intake.demand.application;
