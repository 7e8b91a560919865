package org.demandflow.testsupport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void a_database_is_created_on_first_use_and_owned_by_a_login_of_its_name() throws SQLException {
        String url = TestPostgres.jdbcUrl("fixture_owner");

        try (Connection connection = DriverManager.getConnection(url, "fixture_owner", "fixture_owner");
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT current_database(), current_user")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("fixture_owner");
            assertThat(row.getString(2)).isEqualTo("fixture_owner");
            sql.execute("CREATE TABLE owned (id INT)");
        }
    }

    @Test
    void asking_again_gives_the_same_database_on_the_same_server() {
        assertThat(TestPostgres.jdbcUrl("fixture_again")).isEqualTo(TestPostgres.jdbcUrl("fixture_again"));
        assertThat(TestPostgres.server()).isSameAs(TestPostgres.server());
    }

    @Test
    void two_names_give_two_databases() throws SQLException {
        try (Connection one = DriverManager.getConnection(TestPostgres.jdbcUrl("fixture_one"), "fixture_one", "fixture_one");
                Connection two = DriverManager.getConnection(TestPostgres.jdbcUrl("fixture_two"), "fixture_two",
                        "fixture_two")) {
            one.createStatement().execute("CREATE TABLE only_in_one (id INT)");
            assertThatThrownBy(() -> two.createStatement().execute("SELECT * FROM only_in_one"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void a_name_that_is_no_plain_identifier_is_refused() {
        assertThatThrownBy(() -> TestPostgres.jdbcUrl("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postgres_unpacks_under_the_build_folder_not_tmp() {
        File folder = TestPostgres.workingDirectory();

        assertThat(folder.getPath()).endsWith("target" + File.separator + "embedded-pg");
        TestPostgres.server();
        assertThat(folder).isDirectory();
    }
}
