package org.demandflow.review.restore.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one case as a backup holds them: copied into tables of their own when taken, and written back over
 * the case's later rows by {@link #restore()}, as a restore of the database from that backup would leave them.
 */
final class CaseBackup {

    /** The tables of a case, parents first. */
    private static final List<String> TABLES = List.of("review_case", "secrecy_order", "order_extension",
            "challenge", "case_history", "published_status");

    private final JdbcTemplate jdbc;
    private final String demandId;
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private CaseBackup(JdbcTemplate jdbc, DemandId demandId) {
        this.jdbc = jdbc;
        this.demandId = demandId.toString();
    }

    /** Takes the backup of a case's rows now. */
    static CaseBackup of(JdbcTemplate jdbc, DemandId demandId) {
        CaseBackup backup = new CaseBackup(jdbc, demandId);
        TABLES.forEach(table -> jdbc.execute("CREATE TABLE " + backup.copyOf(table) + " AS SELECT * FROM " + table
                + " WHERE demand_id = '" + backup.demandId + "'"));
        return backup;
    }

    /** Puts the case's rows back as they were at the backup, and drops the copies. */
    void restore() {
        List<String> childrenFirst = new ArrayList<>(TABLES);
        Collections.reverse(childrenFirst);
        childrenFirst.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE demand_id = ?", demandId));
        TABLES.forEach(table -> jdbc.execute("INSERT INTO " + table + " SELECT * FROM " + copyOf(table)));
        TABLES.forEach(table -> jdbc.execute("DROP TABLE " + copyOf(table)));
    }

    private String copyOf(String table) {
        return "backup_" + suffix + "_" + table;
    }
}
