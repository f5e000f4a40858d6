package org.coophub.cli.hub;

/** A stand-in for a hub component in tests: a JVM that runs until it is signalled. */
final class IdleChild {

    private IdleChild() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.currentThread().join();
    }

    static Process launch(HubLayout layout, Component component) {
        return ChildProcesses.launch(
                layout,
                component,
                java.util.List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"), IdleChild.class.getName()));
    }
}
