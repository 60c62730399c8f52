package io.orderhub.report.entry.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX intake files, first sheet, header row first, read with POI's streaming event API (SAX over the sheet XML, so
 * a sheet of a million rows never becomes a workbook in memory). The SAX parser comes from POI's {@link SAXHelper},
 * which disables DTDs and external entities (no XXE). Date cells are handed on as ISO text
 * ({@code 2026-03-01} or {@code 2026-03-01T08:30}) whatever their display format.
 */
public class XlsxIntakeReader implements IntakeFileReader {

    @Override
    public String read(Path file, RowVisitor visitor) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return "binary";
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(visitor),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            return "binary";
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    /** Collects each row's cells by column and hands the row on with the header's names. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowVisitor visitor;
        private List<String> headers;
        private final Map<Integer, String> current = new LinkedHashMap<>();

        Rows(RowVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                headers = new ArrayList<>();
                int last = current.keySet().stream().max(Integer::compare).orElse(-1);
                for (int i = 0; i <= last; i++) {
                    headers.add(current.getOrDefault(i, "").trim());
                }
                return;
            }
            if (current.values().stream().allMatch(String::isBlank)) {
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                String value = current.getOrDefault(i, "");
                cells.put(headers.get(i), value);
                raw.add(value);
            }
            if (current.keySet().stream().anyMatch(column -> column >= headers.size())) {
                cells.put(IntakeRow.CELL_COUNT_MISMATCH, "cells beyond the header's " + headers.size() + " columns");
            }
            visitor.row(new IntakeRow(rowNum + 1L, cells, String.join(",", raw)));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            current.put((int) new CellReference(reference).getCol(), formattedValue == null ? "" : formattedValue);
        }
    }

    /** Date-formatted numbers as ISO text, so the row parser needs no locale's date format. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? time.toLocalDate().toString() : time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
