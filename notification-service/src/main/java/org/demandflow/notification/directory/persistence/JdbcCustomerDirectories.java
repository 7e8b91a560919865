package org.demandflow.notification.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.notification.directory.Executive;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The executive directory in tables {@code customer_directory} and {@code executive}. */
@Repository
public class JdbcCustomerDirectories implements CustomerDirectories {

    private final JdbcClient jdbc;

    public JdbcCustomerDirectories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerDirectory> find(String customerId) {
        return jdbc.sql("SELECT updated_at FROM customer_directory WHERE customer_id = ?")
                .param(customerId)
                .query(Timestamp.class).optional()
                .map(updatedAt -> new CustomerDirectory(customerId, executivesOf(customerId), updatedAt.toInstant()));
    }

    @Override
    @Transactional
    public void replace(CustomerDirectory directory) {
        remove(directory.customerId());
        jdbc.sql("INSERT INTO customer_directory (customer_id, updated_at) VALUES (?, ?)")
                .params(directory.customerId(), Timestamp.from(directory.updatedAt())).update();
        List<Executive> executives = directory.executives();
        for (int position = 0; position < executives.size(); position++) {
            Executive executive = executives.get(position);
            jdbc.sql("""
                    INSERT INTO executive (customer_id, position, name, title, email, legal_notice_contact,
                                           secrecy_carve_out_approved)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(directory.customerId(), position, executive.name(), executive.title(), executive.email(),
                            executive.legalNoticeContact(), executive.secrecyCarveOutApproved())
                    .update();
        }
    }

    @Override
    public void remove(String customerId) {
        jdbc.sql("DELETE FROM customer_directory WHERE customer_id = ?").param(customerId).update();
    }

    private List<Executive> executivesOf(String customerId) {
        return jdbc.sql("SELECT * FROM executive WHERE customer_id = ? ORDER BY position")
                .param(customerId)
                .query(JdbcCustomerDirectories::executive).list();
    }

    private static Executive executive(ResultSet row, int index) throws SQLException {
        return new Executive(row.getString("name"), row.getString("title"), row.getString("email"),
                row.getBoolean("legal_notice_contact"), row.getBoolean("secrecy_carve_out_approved"));
    }
}
