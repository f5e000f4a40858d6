package org.coophub.dashboard.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local credentials for the web pages and the API ({@code coophub.web.*}).
 *
 * @param username the one user's name
 * @param password when set (not blank), every page and API call needs HTTP Basic with these
 *     credentials, except {@code GET /actuator/health}; when absent, everything is open
 */
@Validated
@ConfigurationProperties("coophub.web")
public record WebSettings(
        @NotBlank @DefaultValue("registry") String username, String password) {

    /** Whether a password is set: the pages then need a login. */
    public boolean protectedByPassword() {
        return password != null && !password.isBlank();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "WebSettings[username=" + username + ", password=" + (protectedByPassword() ? "(set)" : "(none)") + "]";
    }
}
