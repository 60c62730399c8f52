package io.orderhub.sync.shop;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ChannelShopMapper extends BaseMapper<ChannelShopRow> {
}
