package org.coophub.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sequential GETs at one endpoint, one at a time, as a manager's page or a script would: a warm-up
 * that is not measured, then the measured ones, within a time budget.
 */
final class LatencyProbe {

    /**
     * Percentiles by nearest rank over the measured samples, in milliseconds.
     *
     * @param wanted how many measured GETs were asked for; {@code samples} is fewer when the budget ran out
     * @param errors answers other than 200 (not in the percentiles)
     * @param bodyBytes size of the last answer's body
     */
    record Latency(
            String path,
            int wanted,
            int samples,
            int errors,
            double p50,
            double p90,
            double p99,
            double max,
            long bodyBytes,
            boolean budgetExhausted) {}

    private final HttpClient http;
    private final String baseUrl;

    LatencyProbe(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    Latency measure(String path, int warmUp, int samples, Duration budget) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(5))
                .build();
        long deadline = System.nanoTime() + budget.toNanos();
        // the warm-up gets at most a third of the budget
        long warmUpDeadline = System.nanoTime() + budget.toNanos() / 3;
        for (int i = 0; i < warmUp && System.nanoTime() < warmUpDeadline; i++) {
            get(request);
        }
        double[] millis = new double[samples];
        int taken = 0;
        int errors = 0;
        long bodyBytes = 0;
        while (taken < samples && System.nanoTime() < deadline) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = get(request);
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (response == null || response.statusCode() != 200) {
                errors++;
                if (errors > samples) {
                    break;
                }
                continue;
            }
            bodyBytes = response.body().length;
            millis[taken++] = elapsed;
        }
        double[] sorted = Arrays.copyOf(millis, taken);
        Arrays.sort(sorted);
        return new Latency(
                path,
                samples,
                taken,
                errors,
                rank(sorted, 0.50),
                rank(sorted, 0.90),
                rank(sorted, 0.99),
                taken == 0 ? Double.NaN : sorted[taken - 1],
                bodyBytes,
                taken < samples);
    }

    private HttpResponse<byte[]> get(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        }
    }

    private static double rank(double[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
