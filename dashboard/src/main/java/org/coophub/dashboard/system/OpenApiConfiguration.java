package org.coophub.dashboard.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dashboardApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CoopHub dashboard")
                        .version("1")
                        .description("Turnaround times, overdue requests and outstanding arrest warrants. Figures"
                                + " are de-duplicated by message id and timed by the hub; the content of a"
                                + " request under seal is never shown."));
    }
}
