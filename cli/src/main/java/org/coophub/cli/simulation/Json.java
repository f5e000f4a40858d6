package org.coophub.cli.simulation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON the simulation writes and reads, without a JSON library on the CLI's runtime classpath. */
final class Json {

    private Json() {}

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        var out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object of the given fields; a value is written as is when it is a number, a boolean or a {@link Raw}. */
    static String object(Map<String, ?> fields) {
        var out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':');
            if (value instanceof Number || value instanceof Boolean || value instanceof Raw) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> nested = (Map<String, ?>) map;
                out.append(object(nested));
            } else {
                out.append(quote(value.toString()));
            }
        });
        return out.append('}').toString();
    }

    /** JSON text written as is. */
    record Raw(String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    /** The string value of a top-level field such as {@code "requestId"}, or null. */
    static String stringField(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }
}
