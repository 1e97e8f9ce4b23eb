/*
 * Launcher for a local Neo4j 5 Community server, used by scripts/neo4j-local.
 *
 * It runs the real Neo4j server (org.neo4j.server.CommunityBootstrapper: Bolt,
 * HTTP API and, when the neo4j-browser jar is on the classpath, Neo4j Browser)
 * from jars resolved from Maven Central by scripts/neo4j/pom.xml, so no Docker
 * and no tarball are needed. scripts/neo4j-local compiles this file once and
 * starts it with the cached classpath; run it by hand only for debugging:
 *
 *   java -cp "$(cat .neo4j-local/classpath-*.txt)" scripts/neo4j/Launcher.java
 *
 * Environment (all optional; scripts/neo4j-local sets them):
 *   NEO4J_LOCAL_DIR      server home: data/, logs/, run/ live under it (default .neo4j-local)
 *   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1 (default 7687)
 *   NEO4J_HTTP_PORT      HTTP port on 127.0.0.1 (default 7474)
 *   DYAD_NEO4J_PASSWORD  password of user neo4j (default dyad-dev-password)
 *   NEO4J_PAGECACHE      page cache size (default 256m)
 * Extra arguments of the form key=value are passed on as Neo4j settings.
 *
 * Authentication is on. After the server is up, the launcher sets the password
 * of user neo4j through the system database (ALTER USER ... CHANGE NOT
 * REQUIRED) whenever the store has not had that password set yet (first start,
 * or another DYAD_NEO4J_PASSWORD: see setPassword), so clients log in with the
 * configured password from the first start on. Only then does it create
 * run/launcher.ready, which scripts/neo4j-local waits for.
 *
 * Shutdown: NeoBootstrapper installs SIGTERM/SIGINT handlers that call
 * System.exit(0), and a JVM shutdown hook that calls
 * DatabaseManagementService.shutdown() (a clean checkpoint), so `kill -TERM`
 * stops the store cleanly. A second hook of our own would race with that one
 * (it removes itself from Runtime during shutdown), so the launcher relies on
 * it and only removes its ready marker.
 */

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

public class Launcher {

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return (v == null || v.isBlank()) ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_LOCAL_DIR", ".neo4j-local")).toAbsolutePath().normalize();
        String boltPort = env("NEO4J_BOLT_PORT", "7687");
        String httpPort = env("NEO4J_HTTP_PORT", "7474");
        String password = env("DYAD_NEO4J_PASSWORD", "dyad-dev-password");
        String pageCache = env("NEO4J_PAGECACHE", "256m");

        Path runDir = home.resolve("run");
        Files.createDirectories(runDir);
        Path ready = runDir.resolve("launcher.ready");
        Files.deleteIfExists(ready);

        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("server.directories.data", home.resolve("data").toString());
        cfg.put("server.directories.logs", home.resolve("logs").toString());
        cfg.put("server.directories.run", runDir.toString());
        cfg.put("server.directories.plugins", home.resolve("plugins").toString());
        cfg.put("server.directories.import", home.resolve("import").toString());
        cfg.put("server.directories.dumps.root", home.resolve("data/dumps").toString());
        cfg.put("server.directories.transaction.logs.root", home.resolve("data/transactions").toString());
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("server.default_advertised_address", "127.0.0.1");
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
        cfg.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
        cfg.put("server.bolt.tls_level", "DISABLED");
        cfg.put("server.http.enabled", "true");
        cfg.put("server.http.listen_address", "127.0.0.1:" + httpPort);
        cfg.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
        cfg.put("server.https.enabled", "false");
        cfg.put("dbms.security.auth_enabled", "true");
        cfg.put("server.memory.pagecache.size", pageCache);
        // No network but the package registries here: no usage reports.
        cfg.put("dbms.usage_report.enabled", "false");
        // A development store: keep transaction logs small (the default preallocates
        // 256 MiB per database).
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("db.tx_log.rotation.size", "64m");
        cfg.put("db.tx_log.preallocate", "false");
        // Bolt waits 5s + 5s for idle connections and its thread pool on shutdown;
        // a development server can stop faster.
        cfg.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
        cfg.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                System.err.println("neo4j-local launcher: ignoring argument (want key=value): " + a);
                continue;
            }
            cfg.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
        }

        NeoBootstrapper bootstrapper = new CommunityBootstrapper();
        // No neo4j.conf: every setting comes from cfg (null config file).
        int status = bootstrapper.start(home, null, cfg, false, false);
        if (status != 0) {
            System.err.println("neo4j-local launcher: Neo4j failed to start, status " + status);
            System.exit(status);
        }

        try {
            setPassword(bootstrapper.getDatabaseManagementService(), password,
                    home.resolve("data").resolve("dyad-password.sha256"));
        } catch (Exception e) {
            System.err.println("neo4j-local launcher: could not set the password of user neo4j: " + e);
            e.printStackTrace();
            System.exit(1); // the shutdown hook stops the server
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
            } catch (Exception ignored) {
                // best effort
            }
        }, "neo4j-local-ready-marker"));
        Files.writeString(ready, ProcessHandle.current().pid() + "\n");
        System.out.println("neo4j-local launcher: ready: bolt://127.0.0.1:" + boltPort
                + " http://127.0.0.1:" + httpPort + " (user neo4j)");
        System.out.flush();

        // The server runs on its own threads; SIGTERM ends the JVM via System.exit.
        new CountDownLatch(1).await();
    }

    /*
     * The first Cypher statement of a fresh JVM costs seconds, so the password is
     * set only when the store has not had this password set by us before: the
     * marker (under data/, so it goes when the store goes) holds its SHA-256.
     * Delete the marker to force ALTER USER on the next start.
     */
    private static void setPassword(DatabaseManagementService dbms, String password, Path marker)
            throws Exception {
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(digest)) {
            return;
        }
        GraphDatabaseService system = dbms.database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Setting the password it already has may be refused: that is the state we want.
            if (!messages(e).toLowerCase().contains("cannot be the same")) {
                throw e;
            }
        }
        Files.writeString(marker, digest + "\n");
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
