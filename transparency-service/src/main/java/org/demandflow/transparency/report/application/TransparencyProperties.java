package org.demandflow.transparency.report.application;

import java.time.Duration;
import java.time.Period;
import org.demandflow.transparency.report.PublicationRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code demandflow.transparency.*}: the publication rules' settings (see application.yml and
 * {@link PublicationRules}).
 */
@ConfigurationProperties("demandflow.transparency")
public record TransparencyProperties(@DefaultValue("P6M") Period publicationDelay,
                                     @DefaultValue("PT1H") Duration cutOffMargin,
                                     @DefaultValue("3") int smallCellThreshold,
                                     @DefaultValue("500") int bandWidth) {

    public PublicationRules rules() {
        return new PublicationRules(publicationDelay, cutOffMargin, smallCellThreshold, bandWidth);
    }
}
