package io.newsflow.deploy.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The bench's yardstick: records copied from one topic to another as bytes, with nothing in between, so
 * its rate is what Kafka Streams and the broker allow on this machine for these very records.
 */
final class PassthroughTopology {
    static final String APPLICATION_ID = "newsflow-bench-passthrough";
    static final String OUTPUT = "bench.passthrough.v1";

    private PassthroughTopology() {
    }

    static void build(StreamsBuilder builder, String input) {
        builder.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"))
                .to(OUTPUT, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
    }
}
