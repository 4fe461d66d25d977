package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    @Test
    void splitsOnLineFeedAndDropsCarriageReturnsOfCrlfLines() throws IOException {
        List<ByteLineReader.Line> lines = read("one\r\ntwo\n\nlast", 10);

        assertEquals(List.of("one", "two", "", "last"), texts(lines));
        assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(ByteLineReader.Line::number).toList());
        assertTrue(lines.stream().noneMatch(ByteLineReader.Line::tooLong));
    }

    @Test
    void aLineOverTheLimitIsFlaggedWithItsLengthAndOnlyItsStartKept() throws IOException {
        List<ByteLineReader.Line> lines = read("12345\n1234567890abc\r\n1234\r\n", 5);

        assertFalse(lines.get(0).tooLong());
        ByteLineReader.Line longLine = lines.get(1);
        assertTrue(longLine.tooLong());
        assertEquals(14, longLine.length());
        assertArrayEquals("12345".getBytes(StandardCharsets.UTF_8), longLine.bytes());
        assertEquals("1234", new String(lines.get(2).bytes(), StandardCharsets.UTF_8));
        assertEquals(3, lines.size());
    }

    @Test
    void linesLongerThanTheReadBufferStayWhole() throws IOException {
        String longLine = "x".repeat(200_000);

        List<ByteLineReader.Line> lines = read(longLine + "\nshort\n", 300_000);

        assertEquals(List.of(longLine, "short"), texts(lines));
    }

    private static List<ByteLineReader.Line> read(String text, int maxLineBytes) throws IOException {
        ByteLineReader reader = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                maxLineBytes);
        List<ByteLineReader.Line> lines = new ArrayList<>();
        for (Optional<ByteLineReader.Line> line = reader.next(); line.isPresent(); line = reader.next()) {
            lines.add(line.get());
        }
        return lines;
    }

    private static List<String> texts(List<ByteLineReader.Line> lines) {
        return lines.stream().map(line -> new String(line.bytes(), StandardCharsets.UTF_8)).toList();
    }
}
