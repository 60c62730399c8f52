package io.orderhub.report.entry.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV intake files: header row, comma separated, RFC 4180 quoting, in the charset {@link IntakeCharset} picks. A row
 * with a different number of cells than the header is still handed on (the parser rejects it naming the column).
 * Charset detection needs the whole file; intake files are daily exports (megabytes), read once.
 */
public class CsvIntakeReader implements IntakeFileReader {

    private final IntakeCharset charset;

    public CsvIntakeReader(IntakeCharset charset) {
        this.charset = charset;
    }

    @Override
    public String read(Path file, RowVisitor visitor) throws IOException {
        byte[] content = Files.readAllBytes(file);
        Charset chosen = charset.of(content);
        int skip = IntakeCharset.hasUtf8Bom(content) ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
                chosen); CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> headers = parser.getHeaderNames().stream().map(String::trim).toList();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    cells.put(headers.get(i), record.get(i));
                }
                if (record.size() != headers.size()) {
                    cells.put(IntakeRow.CELL_COUNT_MISMATCH, record.size() + " cells, the header has "
                            + headers.size());
                }
                visitor.row(new IntakeRow(lineOf(record), cells,
                        String.join(",", record.values())));
            }
        }
        return chosen.name();
    }

    /** commons-csv counts the header line too; a record's first line is its number (quoted newlines span more). */
    private static long lineOf(CSVRecord record) {
        return record.getParser().getCurrentLineNumber() - countNewlines(record);
    }

    private static long countNewlines(CSVRecord record) {
        long lines = 0;
        for (String value : record.values()) {
            lines += value.chars().filter(c -> c == '\n').count();
        }
        return lines;
    }
}
