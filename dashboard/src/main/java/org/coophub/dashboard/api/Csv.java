package org.coophub.dashboard.api;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A table as RFC 4180 CSV: a header line, then one line per row, fields quoted when needed. */
final class Csv {

    static final String TEXT_CSV = "text/csv";

    private Csv() {}

    /** Whether the caller asked for CSV, by {@code ?format=csv} or {@code Accept: text/csv}. */
    static boolean wanted(String format, String accept) {
        return "csv".equalsIgnoreCase(format) || (accept != null && accept.contains(TEXT_CSV));
    }

    static <T> ResponseEntity<String> of(List<String> header, List<T> rows, Function<T, List<?>> fields) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(fields.apply(row))));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .body(csv.toString());
    }

    private static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
