package org.coophub.producer.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI document at {@code /v3/api-docs} (Swagger UI: {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dispatchServiceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CoopHub dispatch service")
                        .version("0.1.0")
                        .description("The Registry's requests for cooperation (Part 9 of the Rome Statute):"
                                + " validated, then dispatched to each party's topic through a transactional outbox."));
    }
}
