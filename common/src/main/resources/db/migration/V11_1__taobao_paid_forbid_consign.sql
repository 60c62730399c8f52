-- TOP trade status PAID_FORBID_CONSIGN ("拼团中订单或者发货强制打回"): the buyer has paid, but the seller must not
-- ship yet (a group buy still forming, or a shipment the platform sent back). Paid, and held until Taobao moves it on.
INSERT INTO status_mapping (channel, kind, platform_value, unified_value, on_hold, note) VALUES
('TAOBAO', 'ORDER', 'PAID_FORBID_CONSIGN', 'PAID', TRUE, '拼团中订单或者发货强制打回');
