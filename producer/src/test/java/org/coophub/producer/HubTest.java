package org.coophub.producer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole service on the module's embedded KRaft broker, an in-memory database and an in-memory
 * schema registry. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "spring.datasource.url=jdbc:h2:mem:producer;DB_CLOSE_DELAY=-1",
            "coophub.producer.relay-interval=50ms"
        })
@AutoConfigureMockMvc
@Import(HubFixtures.class)
public @interface HubTest {}
