package io.newsflow.deploy.run;

import java.util.concurrent.CountDownLatch;

/** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), running the given cleanup first. */
public final class CtrlC {
    private CtrlC() {
    }

    public static void await(String what, Runnable cleanup) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping " + what + " ...");
            cleanup.run();
            stopped.countDown();
        }, "newsflow-shutdown"));
        stopped.await();
    }
}
