package org.coophub.gateway.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The local login ({@link WebSettings}): with a password, HTTP Basic on the officers' page
 * ({@code /inbox}), their API ({@code /api/**}, which changes request statuses), the OpenAPI
 * document and the metrics ({@code /actuator/prometheus}: scrape it with {@code basic_auth}),
 * everything but {@code GET /actuator/health} (the launcher polls it). Without a password everything
 * is open, as before, and one WARN line says so.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebLoginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebLoginConfiguration.class);

    @Bean
    SecurityFilterChain webLogin(HttpSecurity http, WebSettings web) throws Exception {
        // Basic sends the credentials with every request: no login session, no saved request
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        if (!web.protectedByPassword()) {
            log.warn("The officers' page and API are open, no login: set coophub.web.password (and"
                    + " coophub.web.username, default officer) to require HTTP Basic");
            // no credentials for a forged request to ride on: anyone may post anyway
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        log.info("The officers' page and API need HTTP Basic as user {}", web.username());
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                // the error page of a request already refused or answered (a 403 would turn
                                // into a 401: the error dispatch does not authenticate again)
                                .dispatcherTypeMatchers(DispatcherType.ERROR)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.realmName("CoopHub gateway"))
                // The browser resends Basic credentials by itself, like a cookie, so a forged
                // cross-site request would carry them. The page's form (POST /inbox/{id}/status) keeps
                // CSRF protection: Thymeleaf adds the token to it. A JSON API call needs none: a
                // cross-site page can only send application/json with fetch(), which the browser
                // preflights and this server never allows (no CORS); a plain form cannot send that
                // type, and a non-JSON post to /api/** still needs the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(jsonApiCalls()))
                .build();
    }

    /** The one officer; without a password, none (and Spring Boot generates and logs no password). */
    @Bean
    UserDetailsService webUsers(WebSettings web, PasswordEncoder passwords) {
        if (!web.protectedByPassword()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(web.username())
                .password(passwords.encode(web.password()))
                .roles("OFFICER")
                .build());
    }

    @Bean
    PasswordEncoder webPasswords() {
        return new HashedOnce();
    }

    private static RequestMatcher jsonApiCalls() {
        return new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"), WebLoginConfiguration::sendsJson);
    }

    private static boolean sendsJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
