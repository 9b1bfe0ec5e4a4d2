package org.imagingnetwork.core.jdbc;

import org.imagingnetwork.core.bi.FigureFilter;
import org.imagingnetwork.core.bi.Grain;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.statement.Query;

/**
 * Binds a {@link FigureFilter} to the parameters every figure query names: {@code :scope} (text[]),
 * {@code :ics}, {@code :trust}, {@code :site}, {@code :modality}, {@code :priority} (null when not
 * chosen, so each query reads {@code (cast(:x as text) is null or x = :x)}), the period as London
 * days {@code :from}/{@code :to}, and {@code :weekly}.
 */
final class FigureFilterBinding {
    private FigureFilterBinding() {}

    static Query bind(Query query, FigureFilter filter) {
        return query.bind(
                        "scope",
                        filter.scope().stream().map(OdsCode::value).sorted().toArray(String[]::new))
                .bind("ics", filter.ics().orElse(null))
                .bind("trust", filter.trust().map(OdsCode::value).orElse(null))
                .bind("site", filter.site().map(OdsCode::value).orElse(null))
                .bind("modality", filter.modality().map(Enum::name).orElse(null))
                .bind("priority", filter.priority().map(Enum::name).orElse(null))
                .bind("from", filter.from())
                .bind("to", filter.to())
                .bind("weekly", filter.grain() == Grain.WEEK);
    }
}
