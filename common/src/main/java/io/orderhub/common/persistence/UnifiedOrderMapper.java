package io.orderhub.common.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface UnifiedOrderMapper extends BaseMapper<UnifiedOrderRow> {
}
