package io.orderhub.sync.status;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StatusMappingMapper extends BaseMapper<StatusMappingRow> {
}
