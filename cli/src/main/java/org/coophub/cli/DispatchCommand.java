package org.coophub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coophub.cli.dispatch.Dispatch;
import org.coophub.cli.hub.HubException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "dispatch",
        description = {
            "Dispatches requests from a JSON file through the running dispatch service:",
            "an object is one request, an array a batch, an object with \"requests\" a coordinated bundle."
        },
        mixinStandardHelpOptions = true)
final class DispatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "JSON file, as for POST /requests, /requests/batch or /bundles.")
    Path file;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int exit = new Dispatch(producerUrl(CoopHub.layout().stackFile()), out).file(file);
        out.flush();
        return exit;
    }

    private static URI producerUrl(Path stackFile) {
        if (!Files.isRegularFile(stackFile)) {
            throw new HubException("CoopHub is not running (no " + stackFile + "); start it with ./coophub up");
        }
        JsonNode producer;
        try {
            producer = new ObjectMapper().readTree(stackFile.toFile()).path("producer");
        } catch (IOException e) {
            throw new HubException("cannot read " + stackFile + ": " + e.getMessage());
        }
        if (!producer.isTextual()) {
            throw new HubException("the dispatch service is not running (stack.json has no producer);"
                    + " start the hub with ./coophub up");
        }
        return URI.create(producer.asText());
    }
}
