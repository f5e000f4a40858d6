package org.coophub.dashboard.system;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The local login ({@link WebSettings}): with a password, HTTP Basic on the page, the API, the
 * OpenAPI document and the metrics ({@code /actuator/prometheus}: scrape it with {@code basic_auth}),
 * everything but {@code GET /actuator/health} (the launcher polls it). The page's {@code fetch()}
 * calls are same-origin: the browser sends the credentials it was given for the page. Without a
 * password everything is open, as before, and one WARN line says so.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebLoginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebLoginConfiguration.class);

    @Bean
    SecurityFilterChain webLogin(HttpSecurity http, WebSettings web) throws Exception {
        // Basic sends the credentials with every request: no session, no saved request to replay
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        if (!web.protectedByPassword()) {
            log.warn("The dashboard's page and API are open, no login: set coophub.web.password (and"
                    + " coophub.web.username, default registry) to require HTTP Basic");
            // nothing changes state without a login to steal: the CSRF filter would only reject posts
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        log.info("The dashboard's page and API need HTTP Basic as user {}", web.username());
        // CSRF protection stays on (Spring Security's default): the dashboard has no state-changing
        // endpoint today, and one added later is protected without anyone having to remember this
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                // the error page of a request already refused or answered (a 403 would turn
                                // into a 401: the error dispatch does not authenticate again)
                                .dispatcherTypeMatchers(DispatcherType.ERROR)
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.realmName("CoopHub dashboard"))
                .build();
    }

    /** The one user; without a password, none (and Spring Boot generates and logs no password). */
    @Bean
    UserDetailsService webUsers(WebSettings web, PasswordEncoder passwords) {
        if (!web.protectedByPassword()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(web.username())
                .password(passwords.encode(web.password()))
                .roles("VIEWER")
                .build());
    }

    @Bean
    PasswordEncoder webPasswords() {
        return new HashedOnce();
    }
}
