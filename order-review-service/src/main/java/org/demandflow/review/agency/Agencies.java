package org.demandflow.review.agency;

import java.util.List;
import java.util.Optional;

/** The agency directory, the port its adapters implement. */
public interface Agencies {

    Optional<Agency> find(String agencyId);

    /** The agency a demand names by its name or id, if the directory knows it. */
    Optional<Agency> findNamed(String agency);

    List<Agency> findAll();

    /** Inserts or replaces the agency with its id. */
    void save(Agency agency);
}
