package org.coophub.producer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Registry's dispatch service: validates requests for cooperation and dispatches them to the parties. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProducerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProducerApplication.class, args);
    }
}
