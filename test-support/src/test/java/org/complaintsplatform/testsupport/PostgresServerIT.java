package org.complaintsplatform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {

    @Test
    void dataInADataDirectorySurviveARestart(@TempDir Path dir) throws Exception {
        int port;
        try (PostgresServer server = PostgresServer.startEmbedded(dir, 0)) {
            port = server.port();
            server.createDatabaseIfMissing("kept");
            try (Connection c = server.dataSource("kept").getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v text)");
                s.execute("INSERT INTO t VALUES ('still here')");
            }
        }
        try (PostgresServer server = PostgresServer.startEmbedded(dir, port);
             Connection c = server.dataSource("kept").getConnection();
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT v FROM t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
