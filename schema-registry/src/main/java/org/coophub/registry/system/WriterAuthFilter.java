package org.coophub.registry.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the court's principal may change the contract: when {@code coophub.registry.writers} is
 * set, every POST, PUT and DELETE needs HTTP Basic auth by one of those users, except the two
 * read-only look-ups Confluent exposes as POST ({@code POST /subjects/{s}} and
 * {@code POST /compatibility/...}). Reads stay open, as the gateways' deserializers need them.
 */
@Component
class WriterAuthFilter extends OncePerRequestFilter {

    private static final Pattern READ_ONLY_POST = Pattern.compile("^/(subjects/[^/]+/?|compatibility/.*)$");

    private final RegistrySettings settings;

    WriterAuthFilter(RegistrySettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (settings.writers().isEmpty()) {
            return true;
        }
        String method = request.getMethod();
        if ("POST".equals(method)) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return READ_ONLY_POST.matcher(path).matches();
        }
        return !("PUT".equals(method) || "DELETE".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWriter(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"coophub-schema-registry\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter()
                .write("{\"error_code\":40101,\"message\":\"Unauthorized: this request needs a registry writer's"
                        + " credentials (HTTP Basic)\"}");
    }

    private boolean isWriter(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String expected = settings.writers().get(decoded.substring(0, colon));
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
    }
}
