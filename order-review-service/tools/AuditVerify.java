import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks an export of order-review-service's audit log ({@code GET /api/v1/audit/export}, JSON lines) without the
 * service: each line must carry the next number, name the hash of the line before (the first entry: 64 zeros; an
 * export that starts later is anchored at its first line's previousHash) and hash to its own hash.
 * Run with the JDK alone: {@code java AuditVerify.java export.jsonl}. Prints {@code OK ...} with the head hash
 * (exit 0) or {@code BROKEN at line L (entry S): reason} (exit 1).
 *
 * <p>The hash is SHA-256 (lower-case hex) over the UTF-8 text of seq, previousHash, at, actor, action, demandId,
 * orderId, subjectId and facts, in this order, each written as its length in UTF-8 bytes, ':' and the value, an
 * absent (null) value as '-'. It is the service's {@code AuditChain}, written again here so that this file
 * stands alone.
 */
public final class AuditVerify {

    static final String GENESIS = "0".repeat(64);
    static final List<String> HASHED = List.of("seq", "previousHash", "at", "actor", "action", "demandId", "orderId",
            "subjectId", "facts");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java AuditVerify.java EXPORT.jsonl");
            System.exit(2);
        }
        String verdict = verify(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println(verdict);
        System.exit(verdict.startsWith("OK") ? 0 : 1);
    }

    /** The verdict on the lines of an export. */
    static String verify(List<String> lines) {
        long expected = -1;
        String previous = null;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Map<String, String> e;
            try {
                e = Json.object(lines.get(i));
            } catch (IllegalArgumentException bad) {
                return "BROKEN at line " + (i + 1) + ": not an entry (" + bad.getMessage() + ")";
            }
            String broken = check(e, expected, previous);
            if (broken != null) {
                return "BROKEN at line " + (i + 1) + " (entry " + e.get("seq") + "): " + broken;
            }
            expected = Long.parseLong(e.get("seq")) + 1;
            previous = e.get("hash");
            count++;
        }
        return count == 0 ? "BROKEN: the export holds no entry"
                : "OK " + count + " entries up to entry " + (expected - 1) + ", head " + previous;
    }

    private static String check(Map<String, String> e, long expected, String previous) {
        long seq;
        try {
            seq = Long.parseLong(e.get("seq"));
        } catch (NumberFormatException noNumber) {
            return "no entry number";
        }
        if (expected < 0 && seq == 1 && !GENESIS.equals(e.get("previousHash"))) {
            return "the first entry does not start the chain";
        }
        if (expected >= 0 && seq != expected) {
            return seq > expected ? "entry " + expected + " is missing" : "entry " + seq + " appears out of order";
        }
        if (previous != null && !previous.equals(e.get("previousHash"))) {
            return "does not name the hash of entry " + (seq - 1);
        }
        return hashOf(e).equals(e.get("hash")) ? null : "its contents do not give its hash";
    }

    /** The hash of an entry, over its fields in the canonical encoding. */
    static String hashOf(Map<String, String> entry) {
        StringBuilder encoded = new StringBuilder();
        for (String field : HASHED) {
            String value = entry.get(field);
            if (value == null) {
                encoded.append('-');
            } else {
                encoded.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(encoded.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** Reads one flat JSON object (string, number, boolean and null values) into its values as text. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Map<String, String> object(String line) {
            Json json = new Json(line.strip());
            Map<String, String> values = new HashMap<>();
            json.expect('{');
            while (json.peek() != '}') {
                if (!values.isEmpty()) {
                    json.expect(',');
                }
                String name = json.string();
                json.expect(':');
                values.put(name, json.value());
            }
            json.expect('}');
            if (json.at != json.text.length()) {
                throw new IllegalArgumentException("text after the object");
            }
            return values;
        }

        private String value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && "-+.eE0123456789truefalsn".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String literal = text.substring(start, at);
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("no value at " + start);
            }
            return literal.equals("null") ? null : literal;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                out.append(c == '\\' ? escaped(next()) : c);
            }
            return out.toString();
        }

        private char escaped(char c) {
            switch (c) {
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u':
                    at += 4;
                    return (char) Integer.parseInt(text.substring(at - 4, at), 16);
                default: return c;
            }
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at);
            }
            at++;
        }

        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                throw new IllegalArgumentException("the line ends early");
            }
            return text.charAt(at);
        }

        private char next() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("the line ends inside a string");
            }
            return text.charAt(at++);
        }
    }
}
