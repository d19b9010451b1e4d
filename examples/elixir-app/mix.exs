defmodule Foo.MixProject do
  use Mix.Project

  @version "0.1.0"

  def project do
    [
      app: :foo,
      version: @version,
      elixir: "~> 1.15",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: [
        foo: [
          include_executables_for: [:unix],
          applications: [runtime_tools: :permanent]
        ]
      ]
    ]
  end

  # Run "mix help compile.app" to learn about applications.
  def application do
    [
      mod: {Foo.Application, []},
      extra_applications: [:logger]
    ]
  end

  defp deps do
    [
      {:mix_deploy, "~> 0.7"}
    ]
  end
end
