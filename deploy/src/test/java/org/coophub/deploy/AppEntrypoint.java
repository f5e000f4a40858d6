package org.coophub.deploy;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code docker/app-entrypoint.sh} reads and writes: the {@code CLIENT_*} variables it turns into
 * the Kafka client properties file, and that file's path, which the apps' {@code
 * coophub.*.client-properties} must name.
 */
record AppEntrypoint(Set<String> variables, String clientPropertiesFile) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(CLIENT_[A-Z0-9_]+)");
    private static final Pattern FILE = Pattern.compile("(?m)^CLIENT_PROPERTIES_FILE=(\\S+)$");

    static AppEntrypoint read(Path script) {
        String text = ComposeChecks.read(script);
        var variables = new TreeSet<String>();
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        variables.remove("CLIENT_PROPERTIES_FILE");
        Matcher file = FILE.matcher(text);
        if (!file.find()) {
            throw new IllegalStateException(script + " sets no CLIENT_PROPERTIES_FILE=<path>");
        }
        return new AppEntrypoint(variables, file.group(1));
    }
}
