package io.orderhub.sync.status;

import org.springframework.stereotype.Component;

/** Reads the current status mapping from table {@code status_mapping}: one snapshot a run. */
@Component
public class StatusMappingReader {

    private final StatusMappingMapper mapper;

    public StatusMappingReader(StatusMappingMapper mapper) {
        this.mapper = mapper;
    }

    public StatusMapping current() {
        return new StatusMappingTable(mapper.selectList(null));
    }
}
