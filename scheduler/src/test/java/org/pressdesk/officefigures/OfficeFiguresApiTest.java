package org.pressdesk.officefigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Office figures entered by staff or imported from CSV, and every refusal of them storing nothing. */
class OfficeFiguresApiTest extends ApiTestSupport {

    private static final String HEADER = "year,figure,category,value\n";

    @BeforeEach
    void noFigures() {
        jdbc.sql("DELETE FROM office_figure").update();
    }

    private ResultActions enter(String year, Object body) throws Exception {
        return mvc.perform(put("/api/office-figures/" + year).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions importCsv(byte[] csv) throws Exception {
        return mvc.perform(post("/api/office-figures/import?actor=editor-li")
                .contentType(MediaType.parseMediaType("text/csv")).content(csv));
    }

    private ResultActions importCsv(String csv) throws Exception {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> figure(String figure, String category, Object value) {
        return category == null ? Map.of("figure", figure, "value", value)
                : Map.of("figure", figure, "category", category, "value", value);
    }

    private String stored() {
        return String.join("\n", jdbc.sql("SELECT report_year, figure, category, amount FROM office_figure"
                        + " ORDER BY report_year, figure, category")
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                        + row.getBigDecimal(4).stripTrailingZeros().toPlainString())
                .list());
    }

    @Test
    void staffEnterAYearsFiguresAndReadThemBack() throws Exception {
        enter("2011", Map.of("actor", "editor-li", "figures", List.of(
                figure("press-conferences", null, 133),
                figure("portal-items", null, 189127),
                figure("portal-items", "important-speech", 1421),
                figure("requests-received", null, 10),
                figure("requests-answered", "disclosed", 10),
                figure("fees-charged", null, 0),
                figure("lawsuits", null, 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2011))
                .andExpect(jsonPath("$.figures.length()").value(7));

        mvc.perform(get("/api/office-figures/2011"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].figure").value("press-conferences"))
                .andExpect(jsonPath("$.figures[0].value").value(133))
                .andExpect(jsonPath("$.figures[0].enteredBy").value("editor-li"))
                .andExpect(jsonPath("$.figures[0].enteredAt").value("2026-03-02T10:00:00+08:00"))
                .andExpect(jsonPath("$.figures[1].figure").value("portal-items"))
                .andExpect(jsonPath("$.figures[1].category").doesNotExist())
                .andExpect(jsonPath("$.figures[1].value").value(189127))
                .andExpect(jsonPath("$.figures[?(@.category=='important-speech')].value").value(1421))
                .andExpect(jsonPath("$.figures[?(@.figure=='fees-charged')].value").value(0.0));
    }

    @Test
    void enteringAFigureAgainReplacesItAndLeavesTheOthers() throws Exception {
        enter("2011", Map.of("actor", "editor-li", "figures", List.of(figure("press-conferences", null, 130),
                figure("spokesperson-answers", null, 1990)))).andExpect(status().isOk());
        enter("2011", Map.of("actor", "editor-wang", "figures", List.of(figure("press-conferences", null, 133))))
                .andExpect(status().isOk());

        assertThat(stored()).isEqualTo("2011 press-conferences  133\n2011 spokesperson-answers  1990");
    }

    @Test
    void aYearWithoutFiguresIsEmptyNotAnError() throws Exception {
        mvc.perform(get("/api/office-figures/2012")).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures").isEmpty());
    }

    @Test
    void refusedFiguresAreEachNamedAndNothingIsStored() throws Exception {
        enter("2011", Map.of("actor", "editor-li", "figures", List.of(figure("press-conferences", null, 133))));
        String before = stored();

        expectProblem(enter("2011", Map.of("actor", "editor-li", "figures", List.of(
                        figure("lawsuits", null, 1),
                        figure("press-briefings", null, 3),
                        figure("portal-items", "weather", 5),
                        figure("requests-answered", null, 10),
                        figure("spokesperson-answers", null, 12.5),
                        figure("public-forums", null, -4),
                        figure("fees-charged", null, 0.125),
                        figure("lawsuits", null, 2)))),
                HttpStatus.BAD_REQUEST, "figures[1].figure", "figures[2].category", "figures[3].category",
                "figures[4].value", "figures[5].value", "figures[6].value", "figures[7]");
        expectProblem(enter("2027", Map.of("actor", "editor-li", "figures", List.of(figure("lawsuits", null, 0)))),
                HttpStatus.BAD_REQUEST, "year");
        expectProblem(enter("2011", Map.of("actor", " ", "figures", List.of())), HttpStatus.BAD_REQUEST,
                "actor", "figures");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCsvFileOfFiguresIsImportedWhole() throws Exception {
        String csv = "\uFEFFfigure,year,value,category\r\n"
                + "press-conferences,2011,133,\r\n"
                + "portal-items,2011,\"189,127\",\r\n"
                + "PORTAL_ITEMS,2011,1421,Important-Speech\r\n"
                + "\r\n"
                + "fees-waived,2010,12.50,\r\n";

        importCsv(csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.years[0]").value(2010))
                .andExpect(jsonPath("$.years[1]").value(2011));

        assertThat(stored()).isEqualTo("""
                2010 fees-waived  12.5
                2011 portal-items  189127
                2011 portal-items important-speech 1421
                2011 press-conferences  133""");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown column           | year,figure,kind,value\\n2011,lawsuits,,0                      | 1 | 3
            no value column             | year,figure,category\\n2011,lawsuits,                          | 1 | 4
            a line too short            | year,figure,category,value\\n2011,lawsuits,,0\\n2011,lawsuits   | 3 | 3
            a year that is no number    | year,figure,category,value\\n2011,lawsuits,,0\\ntwenty,fees-charged,,0 | 3 | 1
            a year still to come        | year,figure,category,value\\n2027,lawsuits,,0                  | 2 | 1
            an unknown figure           | year,figure,category,value\\n2011,lawsuits,,0\\n2011,tweets,,5  | 3 | 2
            a category it does not take | year,figure,category,value\\n2011,lawsuits,civil,1             | 2 | 3
            a value that is no number   | year,figure,category,value\\n2011,lawsuits,,0\\n2011,public-forums,,four | 3 | 4
            a fraction of a count       | year,figure,category,value\\n2011,public-forums,,4.5           | 2 | 4
            a figure given twice        | year,figure,category,value\\n2011,lawsuits,,0\\n2011,lawsuits,,1 | 3 | 2
            a quote never closed        | year,figure,category,value\\n2011,lawsuits,\\"x,0              | 2 | 3
            an empty file               | ''                                                             | 1 | 1
            """)
    void aMalformedCsvIsRefusedNamingLineAndColumnAndNothingIsImported(String problem, String csv, int line,
                                                                         int column) throws Exception {
        importCsv(HEADER + "2011,public-forums,,4\n").andExpect(status().isOk());
        String before = stored();

        expectProblem(importCsv(csv.replace("\\n", "\n").replace("\\\"", "\"")), HttpStatus.BAD_REQUEST)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:malformed-csv"))
                .andExpect(jsonPath("$.line").value(line))
                .andExpect(jsonPath("$.column").value(column))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Line " + line + ", column " + column)));

        assertThat(stored()).as(problem).isEqualTo(before);
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedNamingWhereItStopsBeingText() throws Exception {
        byte[] gbk = (HEADER + "2011,portal-items,important-speech,1421\n2011,lawsuits,").getBytes(StandardCharsets.UTF_8);
        byte[] withGbk = new byte[gbk.length + 3];
        System.arraycopy(gbk, 0, withGbk, 0, gbk.length);
        withGbk[gbk.length] = (byte) 0xD6;
        withGbk[gbk.length + 1] = (byte) 0xD0;
        withGbk[gbk.length + 2] = '\n';

        expectProblem(importCsv(withGbk), HttpStatus.BAD_REQUEST)
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.column").value(3));
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFigureEnteredByMistakeIsRemoved() throws Exception {
        importCsv(HEADER + "2011,portal-items,treaty-document,625\n2011,portal-items,,189127\n").andExpect(status().isOk());

        mvc.perform(delete("/api/office-figures/2011/portal-items?category=treaty-document"))
                .andExpect(status().isNoContent());
        expectProblem(mvc.perform(delete("/api/office-figures/2011/portal-items?category=treaty-document")),
                HttpStatus.NOT_FOUND);

        assertThat(stored()).isEqualTo("2011 portal-items  189127");
    }
}
