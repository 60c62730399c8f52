package io.orderhub.common.executor;

import com.xxl.job.core.openapi.ExecutorBiz;
import com.xxl.job.core.openapi.impl.ExecutorBizImpl;
import com.xxl.job.core.server.EmbedServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor's HTTP endpoint, bound to one configured interface. xxl-job-core's own {@code EmbedServer} always
 * binds every interface (it ignores the configured ip), so we run the same request handler behind our own bind.
 */
final class BoundExecutorServer {

    private static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;

    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    private final ThreadPoolExecutor jobRequests = new ThreadPoolExecutor(0, 200, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(2000), r -> new Thread(r, "oms-executor-request"),
            (r, pool) -> {
                throw new IllegalStateException("executor request pool exhausted");
            });
    private Channel channel;
    private volatile ExecutorRegistration registration;

    /** Binds synchronously, so a taken port or a bad address fails the start-up instead of a background thread. */
    void start(String bindAddress, int port, String appName, String registeredAddress, String accessToken,
            boolean allowGlue, String adminAddresses) throws InterruptedException {
        ExecutorBiz executorBiz = allowGlue ? new ExecutorBizImpl() : new BeanJobsOnlyExecutorBiz(new ExecutorBizImpl());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new IdleStateHandler(0, 0, 90, TimeUnit.SECONDS))
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                                .addLast(new EmbedServer.EmbedHttpServerHandler(executorBiz, accessToken, jobRequests));
                    }
                })
                .childOption(ChannelOption.SO_KEEPALIVE, true);
        channel = bootstrap.bind(new InetSocketAddress(bindAddress, port)).sync().channel();
        registration = ExecutorRegistration.ofExecutor(appName, registeredAddress, adminAddresses, accessToken);
        registration.start();
    }

    RegistrationState registrationState() {
        ExecutorRegistration current = registration;
        return current == null ? RegistrationState.notYet() : current.state();
    }

    void stop() {
        if (registration != null) {
            registration.stop();
        }
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        boss.shutdownGracefully();
        workers.shutdownGracefully();
        jobRequests.shutdown();
    }
}
