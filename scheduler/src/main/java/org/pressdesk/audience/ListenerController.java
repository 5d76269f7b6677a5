package org.pressdesk.audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.metrics.audience.ListenerFigure;
import org.pressdesk.metrics.audience.ListenerFigures;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.PublishableText;
import org.pressdesk.system.RequestChecks;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Radio listener figures entered by staff: one at a time ({@code POST /api/metrics/listeners}), a CSV file
 * ({@code POST /api/metrics/listeners/import}, all rows or none), and listed ({@code GET /api/metrics/listeners}).
 */
@Tag(name = "Audience")
@RestController
@RequestMapping("/api/metrics/listeners")
class ListenerController {

    private final ListenerFigures figures;
    private final MetricsChannels channels;
    private final RequestChecks checks;
    private final TransactionTemplate transactions;
    private final OfficeZone zone;
    private final Clock clock;

    ListenerController(ListenerFigures figures, MetricsChannels channels, RequestChecks checks,
                       TransactionTemplate transactions, OfficeZone zone, Clock clock) {
        this.figures = figures;
        this.channels = channels;
        this.checks = checks;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
    }

    @Operation(operationId = "enterListenerFigure", summary = "Enter a radio listener figure")
    @PostMapping
    ListenerFigure enter(Principal principal, @RequestBody EnteredFigure request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        String channel = problems.check("channel", () -> channels.radio("channel", request.channel()));
        problems.throwIfAny();
        ListenerFigure figure = reader(actor).one(channel, request.episode(), request.month(), request.listeners(),
                request.minutesOnAir());
        figures.store(List.of(figure));
        return figure;
    }

    /** A CSV file ({@code channel,period,date,listeners,minutes_on_air}); refused whole, naming line and column. */
    @Operation(operationId = "importListenerFigures", summary = "Import radio listener figures from a CSV file, all rows or none")
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ImportResult importCsv(Principal principal, @Parameter(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                                                @RequestParam(required = false) String actor, @RequestBody byte[] csv) {
        String by = Actor.of(principal, "actor", actor);
        List<ListenerFigure> read = reader(by).csv(utf8(csv));
        transactions.executeWithoutResult(status -> figures.store(read));
        return new ImportResult(read.size());
    }

    @Operation(operationId = "listListenerFigures", summary = "List radio listener figures for a period")
    @GetMapping
    List<ListenerFigure> list(@RequestParam LocalDate from, @RequestParam LocalDate to,
                              @RequestParam(required = false) String channel) {
        if (from.isAfter(to)) {
            throw new InvalidFieldException("to", "must not be before 'from' (" + from + ")");
        }
        String id = channel == null || channel.isBlank() ? null : channels.radio("channel", channel);
        return figures.between(id, from, to);
    }

    private static String utf8(byte[] csv) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException(List.of(new MalformedCsvException.CellProblem(1, 1, null,
                    "the file is not UTF-8; save it as CSV UTF-8")));
        }
    }

    private ListenerFigureReader reader(String actor) {
        return new ListenerFigureReader(channels, clock.instant().atZone(zone.zone()).toLocalDate(), actor,
                clock.instant());
    }

    /**
     * @param episode the episode's air date; or
     * @param month   the month, {@code YYYY-MM}
     */
    record EnteredFigure(@NotBlank @Size(max = 100) @PublishableText(name = true) String channel, LocalDate episode,
                         @Size(max = 10) @PublishableText String month, @NotNull @PositiveOrZero Long listeners,
                         @PositiveOrZero @Max(100_000) Integer minutesOnAir,
                         @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                         @Size(max = 100) @PublishableText(name = true) String actor) {
    }

    /** @param imported how many figures were stored (each replacing any earlier one for its channel and period) */
    record ImportResult(int imported) {
    }
}
