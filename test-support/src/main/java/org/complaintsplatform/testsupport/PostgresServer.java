package org.complaintsplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server: an embedded one (zonky: real binaries, run as a child process) or an
 * external one reached through a JDBC URL. Services get one database each, created on demand.
 */
public final class PostgresServer implements AutoCloseable {

    private static final int DEFAULT_PORT = 5432;
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final @Nullable EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, @Nullable EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * Starts an embedded server. With a data directory the data survive restarts of the JVM, and
     * fsync stays on because the data matter; without one it is a throw-away test server.
     *
     * @param port 0 for any free port
     */
    public static PostgresServer startEmbedded(@Nullable Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("localhost", postgres.getPort(), "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** An external server, reached as a user allowed to create databases. */
    public static PostgresServer external(String host, int port, String user, String password) {
        return new PostgresServer(host, port, user, password, null);
    }

    /** An external server named by a JDBC URL such as {@code jdbc:postgresql://db:5432/postgres}; its database part is ignored. */
    public static PostgresServer external(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return external(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), user, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection connection = dataSource("postgres").getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + jdbcUrl("postgres"), e);
        }
        return jdbcUrl(database);
    }

    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(database));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
