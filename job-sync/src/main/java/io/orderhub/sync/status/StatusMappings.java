package io.orderhub.sync.status;

import org.springframework.stereotype.Component;

/** Reads the current status mapping from the database. */
@Component
public class StatusMappings {

    private final StatusMappingMapper mapper;

    public StatusMappings(StatusMappingMapper mapper) {
        this.mapper = mapper;
    }

    public StatusMappingTable current() {
        return new StatusMappingTable(mapper.selectList(null));
    }
}
