package org.demandflow.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.demandflow.testsupport.database.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows collected in a transaction reach PostgreSQL in one statement just before it commits, and only then. */
class RowsAtCommitTest {

    private static final String DATABASE = "rows_at_commit";
    private static DriverManagerDataSource database;

    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private TransactionTemplate newTransaction;
    private RowsAtCommit<String> rows;
    private int statements;

    @BeforeAll
    static void table() {
        database = new DriverManagerDataSource(TestPostgres.jdbcUrl(DATABASE), DATABASE, DATABASE);
        new JdbcTemplate(database).execute("CREATE TABLE IF NOT EXISTS row_at_commit (seq SERIAL PRIMARY KEY,"
                + " value TEXT NOT NULL CHECK (value <> 'refused'))");
    }

    @BeforeEach
    void empty() {
        jdbc = new JdbcTemplate(database);
        jdbc.update("DELETE FROM row_at_commit");
        DataSourceTransactionManager manager = new DataSourceTransactionManager(database);
        transaction = new TransactionTemplate(manager);
        newTransaction = new TransactionTemplate(manager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        rows = new RowsAtCommit<>(this::write, Ordered.LOWEST_PRECEDENCE);
    }

    private void write(List<String> values) {
        statements++;
        jdbc.update("INSERT INTO row_at_commit (value) VALUES " + SqlRows.values(1, values.size()), values.toArray());
    }

    private List<String> stored() {
        return jdbc.queryForList("SELECT value FROM row_at_commit ORDER BY seq", String.class);
    }

    @Test
    void a_transactions_rows_are_written_in_one_statement_in_the_order_added_just_before_it_commits() {
        transaction.executeWithoutResult(tx -> {
            rows.add("a");
            rows.add("b");
            rows.add("c");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM row_at_commit", Integer.class)).isZero();
        });

        assertThat(stored()).containsExactly("a", "b", "c");
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void a_transaction_that_rolls_back_writes_none_and_the_next_starts_empty() {
        transaction.executeWithoutResult(tx -> {
            rows.add("undone");
            tx.setRollbackOnly();
        });
        transaction.executeWithoutResult(tx -> rows.add("kept"));

        assertThat(stored()).containsExactly("kept");
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void a_transaction_started_inside_another_writes_its_own_rows_and_the_outer_keeps_its() {
        transaction.executeWithoutResult(outer -> {
            rows.add("outer-1");
            newTransaction.executeWithoutResult(inner -> rows.add("inner"));
            assertThat(stored()).containsExactly("inner");
            rows.add("outer-2");
        });

        assertThat(stored()).containsExactly("inner", "outer-1", "outer-2");
    }

    @Test
    void a_write_that_fails_fails_the_commit_and_the_transaction_rolls_back_with_its_other_changes() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            jdbc.update("INSERT INTO row_at_commit (value) VALUES ('changed in the transaction')");
            rows.add("refused");
        })).isInstanceOf(DataAccessException.class);

        assertThat(stored()).isEmpty();
    }

    @Test
    void a_row_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> rows.add("loose")).isInstanceOf(IllegalStateException.class);
    }
}
