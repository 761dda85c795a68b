import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's SQL on the embedded H2 database, where the mariadb client cannot go. Opens the
 * database files as the app does (its URL, user sa), so only while no app holds them open.
 * Each {@code --load NAME=FILE} first fills a temporary table NAME with one row per line of
 * FILE (column {@code v}, text), as the MariaDB checks do with LOAD DATA; then each SQL argument
 * runs in order, and the rows of every query are printed, tab-separated, without a header.
 * Any error exits non-zero.
 *
 * <p>Run: {@code java -cp h2.jar:CLASSES H2Sql JDBC_URL [--load NAME=FILE]... SQL...}
 */
public class H2Sql {

    public static void main(String[] args) throws Exception {
        List<String> statements = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--load")) {
                    String[] table = args[++i].split("=", 2);
                    load(c, table[0], Path.of(table[1]));
                } else {
                    statements.add(args[i]);
                }
            }
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    if (s.execute(sql)) {
                        print(s.getResultSet());
                    }
                }
            }
        }
    }

    private static void load(Connection c, String table, Path file) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE LOCAL TEMPORARY TABLE " + table + " (v VARCHAR(1000))");
        }
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (v) VALUES (?)")) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    insert.setString(1, line.strip());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX ON " + table + " (v)");
        }
    }

    private static void print(ResultSet rs) throws Exception {
        int columns = rs.getMetaData().getColumnCount();
        StringBuilder out = new StringBuilder();
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                out.append(i > 1 ? "\t" : "").append(rs.getString(i));
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
