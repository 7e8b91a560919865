package org.demandflow.testsupport.copypaste;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.cpd.CPDConfiguration;
import net.sourceforge.pmd.cpd.CpdAnalysis;
import net.sourceforge.pmd.cpd.Mark;
import net.sourceforge.pmd.cpd.Match;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;

/**
 * PMD's copy-paste detector (CPD) over the main sources of several services, keeping only the
 * blocks found in more than one service: a copy inside one service is that service's business.
 */
final class CopyPasteDetector {

    /** PMD's usual threshold: a block of at least this many tokens counts as a copy ({@code -Dcpd.minimumTokens}). */
    static final int MINIMUM_TOKENS = Integer.getInteger("cpd.minimumTokens", 100);

    private CopyPasteDetector() {
    }

    /** The blocks shared between services, given each service's name and source folder. */
    static List<String> copiesBetween(Map<String, Path> sourcesByService) {
        CPDConfiguration configuration = new CPDConfiguration();
        configuration.setMinimumTileSize(MINIMUM_TOKENS);
        configuration.setOnlyRecognizeLanguage(JavaLanguageModule.getInstance());
        configuration.setSourceEncoding(StandardCharsets.UTF_8);
        List<String> copies = new ArrayList<>();
        try (CpdAnalysis analysis = CpdAnalysis.create(configuration)) {
            for (Path sources : sourcesByService.values()) {
                analysis.files().addDirectory(sources);
            }
            analysis.performAnalysis(report -> report.getMatches().stream()
                    .filter(match -> servicesOf(match, sourcesByService) > 1)
                    .forEach(match -> copies.add(describe(match))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copies;
    }

    private static long servicesOf(Match match, Map<String, Path> sourcesByService) {
        return match.getMarkSet().stream().map(mark -> serviceOf(mark, sourcesByService)).distinct().count();
    }

    private static String serviceOf(Mark mark, Map<String, Path> sourcesByService) {
        Path file = Path.of(mark.getLocation().getFileId().getAbsolutePath()).normalize();
        return sourcesByService.entrySet().stream()
                .filter(service -> file.startsWith(service.getValue().toAbsolutePath().normalize()))
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }

    private static String describe(Match match) {
        StringBuilder text = new StringBuilder(match.getLineCount() + " lines (" + match.getTokenCount()
                + " tokens) in:");
        for (Mark mark : match) {
            text.append("\n  ").append(mark.getLocation().getFileId().getOriginalPath()).append(':')
                    .append(mark.getLocation().getStartLine()).append('-').append(mark.getLocation().getEndLine());
        }
        return text.toString();
    }
}
